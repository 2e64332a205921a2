namespace Responsibility.Bench;

using System.Text;

internal static class Http
{
    /// <summary>Sends a request and reads the whole body; answers its length in bytes.</summary>
    public static async Task<long> Send(HttpClient client, HttpMethod method, string url, HttpContent? content = null) =>
        (await Body(client, method, url, content)).Length;

    public static async Task<byte[]> Body(HttpClient client, HttpMethod method, string url, HttpContent? content = null)
    {
        using var request = new HttpRequestMessage(method, url) { Content = content };
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsByteArrayAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException(
                $"{method} {url} answered {(int)response.StatusCode}: {Encoding.UTF8.GetString(body)}");
        }

        return body;
    }
}
