namespace JjjMatch.Matching.Brokerage.Deals;

/// <summary>The five kinds of technology contract of the Civil Code (技术开发、转让、许可、咨询、服务合同).</summary>
public enum ContractType
{
    Development,
    Transfer,
    Licence,
    Consulting,
    Service,
}

public static class ContractTypes
{
    private static readonly Dictionary<ContractType, string> Chinese = new()
    {
        [ContractType.Development] = "技术开发",
        [ContractType.Transfer] = "技术转让",
        [ContractType.Licence] = "技术许可",
        [ContractType.Consulting] = "技术咨询",
        [ContractType.Service] = "技术服务",
    };

    public static string Code(this ContractType type) => type.ToString().ToLowerInvariant();

    public static string ChineseName(this ContractType type) => Chinese[type];

    /// <summary>
    /// The code (development) or the Chinese name (技术开发), as a registration form or a person writes it.
    /// </summary>
    public static ContractType? Parse(string? text)
    {
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        foreach (var (type, name) in Chinese)
        {
            if (
                string.Equals(trimmed, type.Code(), StringComparison.OrdinalIgnoreCase)
                || trimmed == name
                || trimmed == name + "合同"
            )
            {
                return type;
            }
        }

        return null;
    }

    public static string Choices { get; } = string.Join(", ", Chinese.Select(t => $"{t.Key.Code()} ({t.Value})"));
}
