namespace Responsibility.Bench;

using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

/// <summary>
/// The api over real HTTP: one pooled client for every simulated user, each request carrying its user's bearer token.
/// Anything but a success fails the bench, with the problem the api answered.
/// </summary>
public sealed class Api(Uri baseAddress) : IDisposable
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private readonly HttpClient http = new(new SocketsHttpHandler
    {
        PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
        MaxConnectionsPerServer = 1024,
        UseCookies = false,
    })
    {
        BaseAddress = baseAddress,
        Timeout = TimeSpan.FromMinutes(5),
    };

    public Uri BaseAddress => baseAddress;

    public async Task<string> SignIn(string username, string password)
    {
        var token = await Send(HttpMethod.Post, "/api/v1/auth/token", null, new { username, password });
        return token["accessToken"]!.GetValue<string>();
    }

    public async Task<JsonNode> Send(HttpMethod method, string url, string? token, object? body = null, string? idempotencyKey = null) =>
        JsonNode.Parse(await Bytes(method, url, token, body is null ? null : JsonContent.Create(body, options: Json), idempotencyKey))!;

    public Task<JsonNode> Get(string url, string token) => Send(HttpMethod.Get, url, token);

    /// <summary>Sends pre-encoded JSON (the load loops encode each body once); answers the body's length.</summary>
    public async Task<int> SendJson(HttpMethod method, string url, string token, byte[]? json, string? idempotencyKey = null)
    {
        HttpContent? content = null;
        if (json is not null)
        {
            content = new ByteArrayContent(json);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        return (await Bytes(method, url, token, content, idempotencyKey)).Length;
    }

    public async Task<byte[]> Bytes(HttpMethod method, string url, string? token, HttpContent? content = null, string? idempotencyKey = null)
    {
        using var request = new HttpRequestMessage(method, url) { Content = content };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsByteArrayAsync();
        return response.IsSuccessStatusCode
            ? body
            : throw new InvalidOperationException($"{method} {url} answered {(int)response.StatusCode}: {Encoding.UTF8.GetString(body)}");
    }

    /// <summary>A request whose answer is looked at, not required to succeed: its status code.</summary>
    public async Task<System.Net.HttpStatusCode> Status(HttpMethod method, string url, string token, object? body = null)
    {
        using var request = new HttpRequestMessage(method, url) { Content = body is null ? null : JsonContent.Create(body, options: Json) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request);
        return response.StatusCode;
    }

    public static byte[] Encode(object body) => JsonSerializer.SerializeToUtf8Bytes(body, Json);

    public void Dispose() => http.Dispose();
}
