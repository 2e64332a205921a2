namespace Responsibility.Api.Tests;

using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

/// <summary>
/// The web pages as a browser without script drives them: signing in through <c>/login</c> (a cookie, no redirects
/// followed), and sending a page's form with the anti-forgery token the page carries.
/// </summary>
public static partial class PageForms
{
    /// <summary>A client of <paramref name="factory"/> signed in to the pages as <paramref name="username"/>.</summary>
    public static async Task<HttpClient> SignInToPages(ApiFactory factory, string username)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var login = await client.GetStringAsync("/login");
        var answer = await client.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Username"] = username, ["Password"] = ApiBrigade.Password, ["__RequestVerificationToken"] = Token(login),
        }));
        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        return client;
    }

    /// <summary>Sends <paramref name="fields"/> to <paramref name="url"/> with the anti-forgery token of the page <paramref name="form"/>.</summary>
    public static Task<HttpResponseMessage> Post(HttpClient client, string url, string form, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = Token(form);
        return client.PostAsync(url, new FormUrlEncodedContent(fields));
    }

    /// <summary>The anti-forgery token of a page's forms.</summary>
    public static string Token(string page) => TokenField().Match(page).Groups[1].Value;

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
