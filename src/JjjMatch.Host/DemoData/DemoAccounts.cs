using JjjMatch.BuildingBlocks.Auth;

namespace JjjMatch.Host.DemoData;

/// <summary>
/// One account per role for the embedded default. Constants, not rows: every service validates tokens on its own and
/// none looks accounts up. The university owns the seeded achievements, the enterprise the seeded demands.
/// </summary>
public static class DemoAccounts
{
    public static Account University { get; } =
        new(
            "university",
            new("0b6f8f2e-4a1d-4c57-9a30-000000000001"),
            new("0b6f8f2e-4a1d-4c57-9a30-00000000a001"),
            "清华大学技术转移研究院",
            Roles.University,
            [],
            []
        );

    public static Account Enterprise { get; } =
        new(
            "enterprise",
            new("0b6f8f2e-4a1d-4c57-9a30-000000000002"),
            new("0b6f8f2e-4a1d-4c57-9a30-00000000e001"),
            "唐山钢铁集团有限责任公司",
            Roles.Enterprise,
            [],
            []
        );

    public static Account Intermediary { get; } =
        new(
            "intermediary",
            new("0b6f8f2e-4a1d-4c57-9a30-000000000003"),
            new("0b6f8f2e-4a1d-4c57-9a30-00000000b001"),
            "京津冀技术转移协同创新中心",
            Roles.Intermediary,
            ["beijing", "tianjin", "hebei"],
            ["钢铁", "新材料", "电子信息", "装备制造"]
        );

    public static Account Operator { get; } =
        new(
            "operator",
            new("0b6f8f2e-4a1d-4c57-9a30-000000000004"),
            new("0b6f8f2e-4a1d-4c57-9a30-00000000f001"),
            "京津冀科技成果对接平台",
            Roles.Operator,
            [],
            []
        );

    public static IReadOnlyList<Account> All { get; } = [University, Enterprise, Intermediary, Operator];

    /// <summary>By account name or role (the demo names are the roles); null when there is none.</summary>
    public static Account? Find(string? name) =>
        All.FirstOrDefault(a => string.Equals(a.Name, name?.Trim(), StringComparison.OrdinalIgnoreCase));
}
