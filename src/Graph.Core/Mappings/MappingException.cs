namespace Graph.Mappings;

/// <summary>The mappings did not load; <see cref="Errors"/> lists every problem found.</summary>
public sealed class MappingException : Exception
{
    public MappingException(IReadOnlyList<MappingError> errors)
        : base(string.Join(Environment.NewLine, errors))
    {
        Errors = errors;
    }

    public MappingException()
        : this([])
    {
    }

    public MappingException(string message)
        : base(message)
    {
        Errors = [new MappingError(SourceMark.None, message)];
    }

    public MappingException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [new MappingError(SourceMark.None, message)];
    }

    public IReadOnlyList<MappingError> Errors { get; } = [];
}
