using System.Net;
using System.Text;
using Wsgi.Validator.Tracing;

namespace Wsgi.Apps.Tests.Infrastructure;

/// <summary>Talks the probe protocol over HTTP, every call with a timeout.</summary>
internal static class ProbeHttp
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    /// <summary>A client whose every call times out after 10 s.</summary>
    public static HttpClient Client() => new() { Timeout = Timeout };

    /// <summary>The X-Probe value for <paramref name="json"/>: base64url without padding.</summary>
    public static string Header(string json) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>Runs <paramref name="c"/> against the probe at <paramref name="uri"/> and fetches its trace.</summary>
    public static async Task<ProbeOutcome> RunAsync(Uri uri, ProbeCase c)
    {
        string id = $"{c.Name}-{Guid.NewGuid():N}";
        using HttpClient http = Client();
        using var request = new HttpRequestMessage(new HttpMethod(c.Method), uri);
        request.Headers.Add("X-Probe", Header(c.ScenarioWithId(id)));
        if (c.Body is not null)
        {
            request.Content = new ByteArrayContent(Encoding.Latin1.GetBytes(c.Body));
        }

        int? status = null;
        byte[] body = [];
        string? failure = null;
        try
        {
            using HttpResponseMessage response = await http.SendAsync(request);
            status = (int)response.StatusCode;
            if (status < 500)
            {
                // A 500 is the server's own page after the app raised; everything else comes from the probe.
                Assert.Equal(["1"], response.Headers.GetValues("X-Probe-Version"));
            }

            body = await response.Content.ReadAsByteArrayAsync();
        }
        catch (HttpRequestException e)
        {
            failure = e.Message;
        }

        Trace? bodyTrace = c.TraceMode && status == 200 ? TraceJson.Read(Encoding.UTF8.GetString(body)) : null;
        string stored = await FetchAsync(uri, id);
        return new ProbeOutcome { Status = status, Body = body, Failure = failure, BodyTrace = bodyTrace, StoredTrace = TraceJson.Read(stored), StoredJson = stored };
    }

    /// <summary>Polls <c>X-Probe-Fetch: id</c> until the trace is there (5 s at most).</summary>
    public static async Task<string> FetchAsync(Uri uri, string id)
    {
        using HttpClient http = Client();
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(5);
        while (true)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, uri);
            request.Headers.Add("X-Probe-Fetch", id);
            using HttpResponseMessage response = await http.SendAsync(request);
            string text = await response.Content.ReadAsStringAsync();
            if (response.StatusCode == HttpStatusCode.OK)
            {
                return text;
            }

            Assert.True(response.StatusCode == HttpStatusCode.NotFound && DateTime.UtcNow < deadline, $"fetching trace {id}: {(int)response.StatusCode} {text}");
            await Task.Delay(25);
        }
    }
}
