using JjjMatch.BuildingBlocks.Auth;
using JjjMatch.Host.DemoData;

namespace JjjMatch.Testing;

/// <summary>Accounts for tests: the seeded demo ones, and fresh organisations of any role ("someone else").</summary>
public static class TestAccounts
{
    /// <summary>
    /// The key every test host signs and validates with (the production shape refuses to start without one).
    /// </summary>
    public const string SigningKey = "jjjmatch-tests-signing-key-0123456789abcdef";

    public static Account University => DemoAccounts.University;

    public static Account Enterprise => DemoAccounts.Enterprise;

    public static Account Intermediary => DemoAccounts.Intermediary;

    public static Account Operator => DemoAccounts.Operator;

    /// <summary>A new organisation with one user in <paramref name="role"/>.</summary>
    public static Account New(string role, string? name = null) =>
        new(role + "-test", Guid.CreateVersion7(), Guid.CreateVersion7(), name ?? $"测试机构 {role}", role, [], []);
}
