namespace JjjMatch.Bench.Speed.Generation;

/// <summary>
/// The words one parent industry's listings are written with: what they work on (objects), how (methods),
/// where it is used (applications). Lists run from common to rare; the generator draws from them Zipf-like.
/// </summary>
public sealed record TechField(string Parent, string[] Objects, string[] Methods, string[] Applications);
