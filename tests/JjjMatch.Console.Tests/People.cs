using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using JjjMatch.Accounts.Domain;
using JjjMatch.Testing;
using MimeKit;

namespace JjjMatch.Console.Tests;

/// <summary>
/// People registered through the accounts service as a person would: the registration form's API, the confirmation
/// link from the mail the host wrote to its mail folder, and the operator's approval.
/// </summary>
public static partial class People
{
    public const string Password = "correct horse battery";

    public const string OrganisationName = "北京控制台测试大学技术转移中心";

    /// <summary>A confirmed person of an approved university; returns the email they sign in with.</summary>
    public static async Task<string> RegisteredUniversityPersonAsync(this ConsoleHost host)
    {
        var email = $"tto.{Guid.NewGuid():N}@example.cn";
        var creditCode = NewCreditCode();
        var registered = await host.CreateClient()
            .PostAsJsonAsync(
                "/api/organisations",
                new
                {
                    name = OrganisationName,
                    kind = "university",
                    province = "beijing",
                    city = "北京",
                    creditCode,
                    contactName = "李老师",
                    contactPhone = "010-62780000",
                    email,
                    password = Password,
                }
            );
        registered.StatusCode.ShouldBe(HttpStatusCode.Accepted, await registered.Content.ReadAsStringAsync());

        var link = LinkPattern().Match(await MailToAsync(host, email));
        link.Success.ShouldBeTrue("no confirmation link in the mail");
        var query = System.Web.HttpUtility.ParseQueryString(new Uri(link.Value).Query);
        var confirmed = await host.CreateClient()
            .PostAsJsonAsync("/api/account/confirm-email", new { userId = query["userId"], token = query["token"] });
        confirmed.StatusCode.ShouldBe(HttpStatusCode.NoContent, await confirmed.Content.ReadAsStringAsync());

        var operatorClient = host.CreateClient(TestAccounts.Operator);
        var organisations = await operatorClient.GetFromJsonAsync<JsonElement>("/api/organisations");
        var id = organisations
            .EnumerateArray()
            .Single(o => o.GetProperty("creditCode").GetString() == creditCode)
            .GetProperty("id")
            .GetGuid();
        var approved = await operatorClient.PostAsJsonAsync($"/api/organisations/{id}/approve", new { reason = "" });
        approved.StatusCode.ShouldBe(HttpStatusCode.OK, await approved.Content.ReadAsStringAsync());
        return email;
    }

    private static async Task<string> MailToAsync(ConsoleHost host, string email)
    {
        var folder = host.Databases.MailFolder;
        for (var waited = 0; waited < 150; waited++)
        {
            if (Directory.Exists(folder))
            {
                foreach (var file in Directory.GetFiles(folder))
                {
                    var mail = await MimeMessage.LoadAsync(file);
                    if (mail.To.Mailboxes.Any(m => m.Address.Equals(email, StringComparison.OrdinalIgnoreCase)))
                    {
                        return mail.TextBody ?? "";
                    }
                }
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"no mail to {email}");
    }

    private static string NewCreditCode()
    {
        const string alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        var first =
            "91110108"
            + string.Concat(Enumerable.Range(0, 9).Select(_ => alphabet[RandomNumberGenerator.GetInt32(31)]));
        return first + CreditCode.CheckCharacter(first);
    }

    [GeneratedRegex(@"https?://\S+\?userId=[0-9a-f-]+&token=\S+")]
    private static partial Regex LinkPattern();
}
