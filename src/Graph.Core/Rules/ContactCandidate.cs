using Graph.Dates;
using Graph.Facts;
using Graph.Mappings;

namespace Graph.Rules;

/// <summary>
/// A contact one sentence reports, before the article's contacts are merged. <see cref="Weak"/>: found
/// only through a type-neutral "talks" phrase, so it yields to a call or meeting of the same people.
/// <see cref="TriggerToken"/> is where the trigger stands (dates nearest to it win); <see cref="CityCountry"/>
/// is the country of <see cref="City"/>; <see cref="Earlier"/>: told as an earlier event ("had met
/// previously"), so it neither takes another sentence's date nor folds into the article's main event.
/// <see cref="Denied"/>: a contact the sentence denies or calls off; it is not reported, and a later
/// undated retelling of it ("the paper had reported that X called Y") is not either.
/// </summary>
public sealed record ContactCandidate(
    ContactType Type,
    IReadOnlyList<PersonRef> Participants,
    string? Initiator,
    string? Destination,
    string? City,
    ResolvedDate? Date,
    ContactStatus Status,
    int Sentence,
    int TriggerToken,
    bool Weak,
    string? CityCountry = null,
    bool Earlier = false,
    bool Denied = false,
    bool DateInherited = false);
