using System.Globalization;
using CsvHelper;

namespace JjjMatch.Matching.Brokerage.Deals;

/// <summary>
/// The CSV form of the export: RFC 4180 (CRLF, quotes doubled), UTF-8 with a byte-order mark so that Excel reads the
/// Chinese correctly, and a leading apostrophe on any cell starting with = + - @ (or a tab) so that a party name
/// such as "=HYPERLINK(...)" stays text in a spreadsheet.
/// </summary>
public static class DealCsv
{
    /// <summary>Header (Chinese / English) and cell of each column, in order.</summary>
    public static IReadOnlyList<(string Header, Func<DealExportRow, string?> Cell)> Columns { get; } =
    [
        ("合同编号 / Contract number", r => r.ContractNumber),
        ("合同名称 / Contract name", r => r.ContractName),
        ("合同类型 / Contract type", r => r.ContractType),
        ("类型代码 / Type code", r => r.ContractTypeCode),
        ("合同金额（元） / Contract amount (CNY)", r => Money(r.Amount)),
        ("技术交易额（元） / Technology transaction amount (CNY)", r => Money(r.TechnologyAmount)),
        ("签订日期 / Signing date", r => r.SignedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        ("卖方名称 / Seller", r => r.SellerName),
        ("卖方所在地 / Seller province", r => r.SellerProvince),
        ("买方名称 / Buyer", r => r.BuyerName),
        ("买方所在地 / Buyer province", r => r.BuyerProvince),
        ("技术领域 / Technology field", r => r.TechnologyField),
        ("行业 / Industry", r => r.Industry),
        ("匹配编号 / Match id", r => r.MatchId.ToString()),
        ("成交编号 / Deal id", r => r.DealId.ToString()),
        ("中介机构编号 / Broker organisation id", r => r.BrokerOrganisationId.ToString()),
        ("中介机构 / Broker organisation", r => r.BrokerName),
    ];

    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with
    {
        NewLine = "\r\n",
        Injection = CsvInjection.Escape,
        InjectionEscape = '\'',
        WriteByteOrderMark = true,
        FormatProvider = CultureInfo.InvariantCulture,
    };

    public static byte[] Write(IEnumerable<DealExportRow> rows)
    {
        using var buffer = new MemoryStream();
        using (var csv = CsvWriter.Create(buffer, Options, true))
        {
            csv.WriteHeader(Columns.Select(c => c.Header).ToArray());
            foreach (var row in rows)
            {
                csv.WriteRecord(Columns.Select(c => c.Cell(row) ?? "").ToArray());
            }
        }

        return buffer.ToArray();
    }

    private static string Money(decimal yuan) => yuan.ToString("0.00", CultureInfo.InvariantCulture);
}
