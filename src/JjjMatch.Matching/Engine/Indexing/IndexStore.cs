using JjjMatch.Matching.Engine.Search;
using Microsoft.Extensions.Logging;

namespace JjjMatch.Matching.Engine.Indexing;

/// <summary>
/// Where the embedded index is kept between runs: one file, replaced only whole. A save writes a new file beside it,
/// flushes it to the disk and renames it over the old one, so a crash (kill -9, power loss) at any moment leaves
/// either the previous file or the new one, never a mix; a leftover half-written file is ignored and overwritten.
/// A file that fails its checks when opened is set aside, and the caller rebuilds from the database.
/// </summary>
public sealed class IndexStore(string directory, ILogger<IndexStore> logger)
{
    public const string FileName = "embedded-index.bin";

    public string FilePath { get; } = Path.Combine(directory, FileName);

    /// <returns>False when there is no file or it is not usable (the reason is logged): the index is unchanged.
    /// </returns>
    public bool TryLoad(EmbeddedIndex index)
    {
        ArgumentNullException.ThrowIfNull(index);
        if (!File.Exists(FilePath))
        {
            logger.LogInformation("No index file at {Path}: the index is built from the database", FilePath);
            return false;
        }

        try
        {
            index.Load(FilePath);
            return true;
        }
        catch (Exception exception) when (exception is InvalidDataException or EndOfStreamException or IOException)
        {
            var aside = FilePath + ".bad";
            logger.LogWarning(
                "The index file {Path} is not usable ({Problem}); it is kept as {Aside} and the index is rebuilt "
                    + "from the database",
                FilePath,
                exception.Message,
                aside
            );
            File.Move(FilePath, aside, overwrite: true);
            return false;
        }
    }

    /// <summary>Replaces the file whole (<see cref="EmbeddedIndex.Save(string)"/>), then reads on from it.</summary>
    public void Save(EmbeddedIndex index)
    {
        ArgumentNullException.ThrowIfNull(index);
        Directory.CreateDirectory(directory);
        index.Save(FilePath);
    }
}
