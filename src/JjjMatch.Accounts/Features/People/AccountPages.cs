using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace JjjMatch.Accounts.Features.People;

/// <summary>
/// The pages the token server and the mails' links open: each is a form that calls the JSON API under /api/account
/// from the same origin. Bilingual, no script from elsewhere.
/// </summary>
internal static class AccountPages
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var pages = endpoints.MapGroup("/account").ExcludeFromDescription();
        pages.MapGet("/signin", (string? returnUrl) => Page(
                "登录 / Sign in",
                """
                <label>邮箱 Email <input name="email" type="email" autocomplete="username" required></label>
                <label>密码 Password
                <input name="password" type="password" autocomplete="current-password" required></label>
                """,
                "/api/account/signin",
                IsLocal(returnUrl) ? returnUrl! : "/"
            ));
        pages.MapGet("/confirm-email", () =>
            Page("确认邮箱 / Confirm your email", "", "/api/account/confirm-email", "/account/signin")
        );
        pages.MapGet("/reset-password", () =>
            Page("设置新密码 / Set a new password", PasswordField, "/api/account/reset-password", "/account/signin")
        );
        pages.MapGet("/invitation", () =>
            Page("接受邀请 / Accept the invitation", PasswordField, "/api/account/accept-invitation", "/account/signin")
        );
    }

    private const string PasswordField = """
        <label>新密码 New password (10+)
        <input name="password" type="password" autocomplete="new-password" minlength="10" required></label>
        """;

    /// <summary>Only a path on this site: never an absolute or protocol-relative URL (no open redirect).</summary>
    private static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'));

    private static IResult Page(string title, string fields, string action, string next)
    {
        var html = $$"""
            <!doctype html>
            <html lang="zh-CN"><head><meta charset="utf-8"><title>{{title}}</title>
            <meta name="viewport" content="width=device-width,initial-scale=1">
            <style>body{font-family:sans-serif;max-width:28em;margin:3em auto}label{display:block;margin:1em 0}
            input{display:block;width:100%}</style></head>
            <body><h1>{{title}}</h1>
            <form id="f">{{fields}}<button>提交 / Submit</button></form><p id="m" role="status"></p>
            <script>
            const q = new URLSearchParams(location.search);
            document.getElementById('f').addEventListener('submit', async e => {
              e.preventDefault();
              const body = Object.fromEntries(new FormData(e.target));
              if (q.get('userId')) { body.userId = q.get('userId'); body.token = q.get('token'); }
              const r = await fetch('{{action}}', {method: 'POST', headers: {'Content-Type': 'application/json'},
                body: JSON.stringify(body), credentials: 'same-origin'});
              if (r.ok) { location.assign({{System.Text.Json.JsonSerializer.Serialize(next)}}); return; }
              const p = await r.json().catch(() => ({}));
              document.getElementById('m').textContent = p.title + ' ' + Object.values(p.errors || {}).flat().join(' ');
            });
            </script></body></html>
            """;
        return Results.Content(html, "text/html; charset=utf-8", statusCode: (int)HttpStatusCode.OK);
    }
}
