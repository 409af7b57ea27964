using JjjMatch.BuildingBlocks.Messaging;
using JjjMatch.BuildingBlocks.Persistence;
using Microsoft.Extensions.Configuration;

namespace JjjMatch.BuildingBlocks.Settings;

/// <summary>
/// The database and bus a process runs on. Only the embedded default (SQLite with the in-memory bus: one process on
/// one machine) has development conveniences; every other shape is treated as production and gets none of them.
/// </summary>
public sealed record HostShape(DatabaseProvider Database, BusTransport Bus)
{
    public const string EmbeddedDefault = "the embedded default (Database:Provider=Sqlite with Bus:Transport=InMemory)";

    public static HostShape Of(IConfiguration configuration) =>
        new(
            configuration.GetSettings<DatabaseOptions>(DatabaseOptions.Section).Provider,
            configuration.GetSettings<BusOptions>(BusOptions.Section).Transport
        );

    public bool IsEmbeddedDefault => Database == DatabaseProvider.Sqlite && Bus == BusTransport.InMemory;

    /// <summary>
    /// A convenience only the embedded default may have (demo accounts, demo data): on there unless set false, off
    /// elsewhere, where setting it true is refused rather than obeyed.
    /// </summary>
    public bool EmbeddedOnly(string key, bool? configured)
    {
        if (configured == true && !IsEmbeddedDefault)
        {
            throw NotHere(key, $"remove {key} or set it to false");
        }

        return configured ?? IsEmbeddedDefault;
    }

    /// <summary>A refusal naming <paramref name="key"/>, this shape, and what to do instead.</summary>
    public SettingException NotHere(string key, string instead) =>
        new(
            $"{key} is allowed only on {EmbeddedDefault}, and this process runs Database:Provider={Database} with "
                + $"Bus:Transport={Bus}: {instead}."
        );
}
