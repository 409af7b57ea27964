namespace JjjMatch.Contracts.Shared;

/// <summary>
/// The market runs on China Standard Time (UTC+8, no daylight saving): contracts are signed and reported, and listings
/// end, by its calendar. A match accepted
/// at 01:00 in Beijing was accepted "today" there although it is still yesterday in UTC.
/// </summary>
public static class BeijingTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static DateOnly DateOf(DateTime utc) => DateOnly.FromDateTime(utc + Offset);

    public static DateOnly Today(TimeProvider time) => DateOf(time.GetUtcNow().UtcDateTime);

    /// <summary>The UTC instant at which <paramref name="date"/> begins in Beijing.</summary>
    public static DateTime StartOf(DateOnly date) =>
        DateTime.SpecifyKind(date.ToDateTime(TimeOnly.MinValue) - Offset, DateTimeKind.Utc);

    /// <summary>
    /// The UTC instant at which <paramref name="date"/> ends in Beijing (the next day's start): an open list whose
    /// deadline is that date closes then.
    /// </summary>
    public static DateTime EndOf(DateOnly date) => StartOf(date.AddDays(1));

    /// <summary>The last Beijing day before <paramref name="utc"/>: the deadline of a list that closes then.</summary>
    public static DateOnly LastDayBefore(DateTime utc) => DateOf(utc.AddTicks(-1));
}
