namespace JjjMatch.Matching.Engine.Scoring;

public static class MatchFactorNames
{
    public const string Text = "text";
    public const string Industry = "industry";
    public const string Maturity = "maturity";
    public const string Region = "region";
    public const string Price = "price";
    public const string Cooperation = "cooperation";
    public const string Patents = "patents";
}
