using System.CommandLine;
using Graph.Cli.Internal;
using Graph.Mappings;
using Graph.Text;

namespace Graph.Cli.Commands;

/// <summary>`graph validate`: checks every mapping file and the roster, printing each problem as file:line:col.</summary>
internal static class ValidateCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var mappings = CommonOptions.Mappings();
        var roster = new Option<bool>("--roster") { Description = "Also audit the roster: names in all four scripts, office overlaps, ambiguous aliases." };
        var command = new Command("validate", "Check the mapping files; exit code 2 when any problem is found.") { mappings, roster };
        command.SetAction((result, _) =>
        {
            var folder = MappingsLocator.Locate(result.GetValue(mappings));
            var problems = MappingLoader.Validate(folder, TextNormalizer.NormalizePhrase).ToList();
            if (problems.Count == 0 && result.GetValue(roster))
            {
                problems.AddRange(RosterCheck.Check(MappingLoader.LoadDirectory(folder, TextNormalizer.NormalizePhrase), TextNormalizer.NormalizePhrase));
            }
            foreach (var problem in problems)
            {
                error.WriteLine(problem.ToString());
            }
            output.WriteLine(problems.Count == 0 ? $"{folder}: all mappings valid" : $"{folder}: {problems.Count} problem(s)");
            return Task.FromResult(problems.Count == 0 ? ExitCodes.Ok : ExitCodes.BadUsage);
        });
        return command;
    }
}
