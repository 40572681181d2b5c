namespace Graph.Mappings;

/// <summary>
/// How words of one language attach little words, from languages.yaml: <see cref="Prefixes"/> are
/// proclitics that may stand before a listed word ("و", "ب", "ال"; "a=b" rewrites prefix a to b, as
/// Arabic "لل" to "ال"); <see cref="Suffixes"/> are enclitics after it ("اش", "ها"); <see cref="StemEndings"/>
/// are inflection endings stripped from both the listed word and the text (Russian "а", "ому").
/// <see cref="SuffixRewrites"/> ("a=b"): what is left after a suffix may end in a letter that stands for
/// another when the word stands alone (Arabic ت for ة: قمتهما is قمة + هما). <see cref="JoinWords"/>: the language writes some compounds with or without a space (Persian after a
/// lost ZWNJ), so a listed phrase also matches with its words run together. <see cref="ModifiersBefore"/>
/// and <see cref="ModifiersAfter"/>: on which side of a title its country stands ("Russian defence
/// minister" before; "وزیر دفاع روسیه", "министр обороны России" after). <see cref="VerbFinal"/>: the verb
/// closes the clause (Persian), so a negation can stand far after the contact it denies.
/// <see cref="NameStemEndings"/>: the endings a listed name may lose (first names "Сергей" -> "Серге"); a
/// surname keeps its "-ев", or "Дмитриев" would meet "Дмитрий".
/// </summary>
public sealed record LanguageMorphology(
    IReadOnlyList<string> Prefixes,
    IReadOnlyList<string> Suffixes,
    IReadOnlyList<string> StemEndings,
    IReadOnlyList<string> SuffixRewrites,
    bool JoinWords,
    bool ModifiersBefore,
    bool ModifiersAfter,
    bool VerbFinal = false,
    IReadOnlyList<string>? NameStemEndings = null);
