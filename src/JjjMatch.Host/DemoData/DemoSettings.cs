using JjjMatch.BuildingBlocks.Settings;

namespace JjjMatch.Host.DemoData;

/// <summary>
/// Whether this process serves the demo token desk and seeds demo listings. Both follow from the shape: on in the
/// embedded default unless set false, off elsewhere, where setting either true stops start-up (docs/security.md).
/// </summary>
public sealed record DemoSettings(bool Accounts, bool Data)
{
    public static DemoSettings Of(IConfiguration configuration, HostShape shape) =>
        new(
            shape.EmbeddedOnly("Auth:DemoAccounts", configuration.GetSetting<bool?>("Auth:DemoAccounts", null)),
            shape.EmbeddedOnly("DemoData:Enabled", configuration.GetSetting<bool?>("DemoData:Enabled", null))
        );
}
