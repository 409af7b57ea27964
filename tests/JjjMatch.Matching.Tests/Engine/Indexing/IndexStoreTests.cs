using JjjMatch.Matching.Engine.Indexing;
using JjjMatch.Matching.Engine.Search;
using JjjMatch.Matching.Tests.Engine.Search;
using Microsoft.Extensions.Logging.Abstractions;
using SearchListings = JjjMatch.Matching.Tests.Engine.Search.Listings;

namespace JjjMatch.Matching.Tests.Engine.Indexing;

/// <summary>The index file on disk: replaced only whole, and a damaged one set aside for a rebuild.</summary>
public sealed class IndexStoreTests : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("jjjmatch-index-store-");

    [Fact]
    public async Task A_saved_index_opens_again_from_its_folder()
    {
        using var original = await EmbeddedIndexFileTests.MarketAsync();
        Store().Save(original);

        using var reopened = new EmbeddedIndex();
        Store().TryLoad(reopened).ShouldBeTrue();

        reopened.Count(ListingKind.Achievement).ShouldBe(original.Count(ListingKind.Achievement));
        reopened
            .Search(SearchListings.For(ListingKind.Achievement, "钢板"))
            .Select(h => h.Id)
            .ShouldBe(original.Search(SearchListings.For(ListingKind.Achievement, "钢板")).Select(h => h.Id));
    }

    [Fact]
    public async Task A_save_cut_off_midway_leaves_the_previous_file_in_use()
    {
        using var original = await EmbeddedIndexFileTests.MarketAsync();
        var store = Store();
        store.Save(original);
        // What a kill -9 during the next save leaves: a half-written new file beside the last whole one.
        var bytes = EmbeddedIndexFileTests.Save(original);
        await File.WriteAllBytesAsync(store.FilePath + ".new", bytes[..(bytes.Length / 2)]);

        using var reopened = new EmbeddedIndex();
        store.TryLoad(reopened).ShouldBeTrue();
        reopened.Count(ListingKind.Achievement).ShouldBe(original.Count(ListingKind.Achievement));

        await original.UpsertAsync([SearchListings.Achievement("新成果", "新的文本")]);
        store.Save(original);
        File.Exists(store.FilePath + ".new").ShouldBeFalse();
        using var latest = new EmbeddedIndex();
        store.TryLoad(latest).ShouldBeTrue();
        latest.Count(ListingKind.Achievement).ShouldBe(original.Count(ListingKind.Achievement));
    }

    [Fact]
    public async Task A_damaged_file_is_set_aside_and_reported_as_unusable_so_the_caller_rebuilds()
    {
        using var original = await EmbeddedIndexFileTests.MarketAsync();
        var store = Store();
        store.Save(original);
        var bytes = await File.ReadAllBytesAsync(store.FilePath);
        bytes[bytes.Length / 2] ^= 0xff;
        await File.WriteAllBytesAsync(store.FilePath, bytes);

        using var target = new EmbeddedIndex();
        store.TryLoad(target).ShouldBeFalse();

        target.Count(ListingKind.Achievement).ShouldBe(0);
        File.Exists(store.FilePath).ShouldBeFalse();
        File.Exists(store.FilePath + ".bad").ShouldBeTrue();
        store.TryLoad(target).ShouldBeFalse();
    }

    [Fact]
    public async Task A_rebuild_saves_early_only_once_the_heap_holds_more_than_the_bound_and_then_reads_the_file()
    {
        using var index = await EmbeddedIndexFileTests.MarketAsync();
        var held = index.HeapListBytes();
        var count = index.Count(ListingKind.Achievement);
        var store = Store();

        new EmbeddedIndexFile(index, store, saveAboveBytes: held).SaveIfLarge().ShouldBeFalse();
        File.Exists(store.FilePath).ShouldBeFalse();

        new EmbeddedIndexFile(index, store, saveAboveBytes: held - 1).SaveIfLarge().ShouldBeTrue();
        File.Exists(store.FilePath).ShouldBeTrue();
        index.HeapListBytes().ShouldBeLessThan(held);
        index.Count(ListingKind.Achievement).ShouldBe(count);
    }

    [Fact]
    public async Task An_opened_file_is_not_written_again_until_the_index_changes()
    {
        using var original = await EmbeddedIndexFileTests.MarketAsync();
        var store = Store();
        store.Save(original);
        var written = File.GetLastWriteTimeUtc(store.FilePath);
        using var reopened = new EmbeddedIndex();
        var kept = new EmbeddedIndexFile(reopened, store);

        kept.TryOpen().ShouldBeTrue();

        kept.SaveIfChanged().ShouldBeFalse();
        File.GetLastWriteTimeUtc(store.FilePath).ShouldBe(written);
        await reopened.UpsertAsync([SearchListings.Achievement("新成果", "新的文本")]);
        kept.SaveIfChanged().ShouldBeTrue();
    }

    [Fact]
    public void No_file_means_nothing_to_open()
    {
        using var target = new EmbeddedIndex();

        Store().TryLoad(target).ShouldBeFalse();
    }

    public void Dispose() => folder.Delete(recursive: true);

    private IndexStore Store() => new(folder.FullName, NullLogger<IndexStore>.Instance);
}
