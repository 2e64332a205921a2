namespace Responsibility.Api.Tests;

using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

/// <summary>Exporting and importing a brigade's 台账 as the tests do it.</summary>
public static class LedgerCalls
{
    public const string Header = "任务编号,任务名称,一岗双责,承办单位,分管领导,类别,考核方式,目标,计量单位,年度,开始日期,截止日期";

    /// <summary>A CSV sheet with <see cref="Header"/> and the given rows.</summary>
    public static byte[] Csv(params string[] rows) => Encoding.UTF8.GetBytes(string.Join("\n", [Header, .. rows]) + "\n");

    public static async Task<byte[]> Export(this HttpClient client, ApiBrigade brigade, int year)
    {
        var response = await client.GetAsync($"/api/v1/brigades/{brigade.Id}/tasks/export?year={year}&format=xlsx");
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsByteArrayAsync();
    }

    public static Task<HttpResponseMessage> Import(this HttpClient client, ApiBrigade brigade, byte[] sheet, string fileName) =>
        client.PostAsync($"/api/v1/brigades/{brigade.Id}/tasks/import", SampleFiles.Form(sheet, fileName));

    public static async Task<(int Created, int Updated, int Unchanged)> Counts(this HttpResponseMessage response)
    {
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        return ((int)body!["created"]!, (int)body["updated"]!, (int)body["unchanged"]!);
    }
}
