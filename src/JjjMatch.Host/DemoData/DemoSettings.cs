using JjjMatch.BuildingBlocks.Auth;
using JjjMatch.BuildingBlocks.Settings;

namespace JjjMatch.Host.DemoData;

/// <summary>Configuration section "DemoData".</summary>
public sealed class DemoDataOptions
{
    public const string Section = "DemoData";

    /// <summary>Seed demo listings into empty databases. Unset: on in the embedded default only.</summary>
    public bool? Enabled { get; set; }
}

/// <summary>
/// Whether this process serves the demo token desk and seeds demo listings. Both follow from the shape: on in the
/// embedded default unless set false, off elsewhere, where setting either true stops start-up (docs/security.md).
/// </summary>
public sealed record DemoSettings(bool Accounts, bool Data)
{
    public const string AccountsSetting = "Auth:DemoAccounts";
    public const string DataSetting = "DemoData:Enabled";

    public static DemoSettings Of(IConfiguration configuration, HostShape shape) =>
        new(
            shape.EmbeddedOnly(
                AccountsSetting,
                configuration.GetSettings<AuthOptions>(AuthOptions.Section).DemoAccounts
            ),
            shape.EmbeddedOnly(DataSetting, configuration.GetSettings<DemoDataOptions>(DemoDataOptions.Section).Enabled)
        );
}
