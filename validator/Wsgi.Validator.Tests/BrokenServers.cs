using System.Collections;
using System.Collections.Frozen;
using System.Text;
using Wsgi.Apps;
using Wsgi.Apps.Broken;
using Wsgi.Hosting;
using Wsgi.Python;
using static Wsgi.Catalogue.Rules;

namespace Wsgi.Validator.Tests;

/// <summary>One broken server double per server-side rule the judge checks, by rule id: each breaks
/// exactly that rule when serving an app that breaks none.</summary>
internal static class BrokenServers
{
    private static readonly byte[] Hello = Encoding.ASCII.GetBytes("hello");

    public static FrozenDictionary<string, BrokenServer> ByRuleId { get; } = new Dictionary<string, BrokenServer>
    {
        // The invocation and the environ container.
        [InvokePositionalTwoArgs.Id] = new(new GatewayFaults { CallWithKeywords = true }),
        [EnvironTypeBuiltinDict.Id] = new(new GatewayFaults { ReplaceEnviron = AsOrderedDict }),
        [EnvironKeysStr.Id] = Env(e => e[new byte[] { 0x58 }] = "a bytes key"),
        [EnvironCgiValueTypeStr.Id] = Env(e => e["QUERY_STRING"] = Array.Empty<byte>()),
        [EnvironCgiLatin1Only.Id] = Env(e => e["PATH_INFO"] = "/caf\u20ac"),
        [EnvironExtensionNaming.Id] = Env(e => e["myserver.Secret"] = "x"),
        [EnvironExtensionWsgiPrefix.Id] = Env(e => e["wsgi.custom"] = true),

        // CGI variables.
        [EnvironRequiredRequestMethod.Id] = Env(e => e.Remove("REQUEST_METHOD")),
        [EnvironRequestMethodToken.Id] = Env(e => e["REQUEST_METHOD"] = "GE T"),
        [EnvironScriptNameLeadingSlash.Id] = Env(e => e["SCRIPT_NAME"] = "app"),
        [EnvironScriptNameNotRootSlash.Id] = Env(e => e["SCRIPT_NAME"] = "/"),
        [EnvironScriptNameNoTrailingSlash.Id] = Env(e => e["SCRIPT_NAME"] = "/app/"),
        [EnvironPathInfoPresence.Id] = Env(e => e.Remove("PATH_INFO")),
        [EnvironPathInfoLeadingSlash.Id] = Env(e => e["PATH_INFO"] = "index.html"),
        [EnvironContentLengthValue.Id] = Env(e => e["CONTENT_LENGTH"] = "five"),
        [EnvironContentLengthDigitsOnly.Id] = Env(e => e["CONTENT_LENGTH"] = "+0"),
        [EnvironNoHttpContentTypeLength.Id] = Env(e => e["HTTP_CONTENT_TYPE"] = "text/plain"),
        [EnvironRequiredServerName.Id] = Env(e => e.Remove("SERVER_NAME")),
        [EnvironServerNameNonempty.Id] = Env(e => e["SERVER_NAME"] = ""),
        [EnvironServerNameValidHost.Id] = Env(e => e["SERVER_NAME"] = "bad host"),
        [EnvironRequiredServerPort.Id] = Env(e => e.Remove("SERVER_PORT")),
        [EnvironServerPortNonempty.Id] = Env(e => e["SERVER_PORT"] = ""),
        [EnvironServerPortDigits.Id] = Env(e => e["SERVER_PORT"] = "80a"),
        [EnvironRequiredServerProtocol.Id] = Env(e => e.Remove("SERVER_PROTOCOL")),
        [EnvironServerProtocolFormat.Id] = Env(e => e["SERVER_PROTOCOL"] = "HTTP 1.1"),
        [EnvironHttpNaming.Id] = Env(e => e["HTTP_X-FORWARDED-FOR"] = "10.0.0.1"),
        [EnvironHttpHostValidAuthority.Id] = Env(e => e["HTTP_HOST"] = "bad host"),

        // wsgi.* variables.
        [EnvironRequiredWsgiVersion.Id] = Env(e => e.Remove("wsgi.version")),
        [EnvironWsgiVersionValue.Id] = Env(e => e["wsgi.version"] = new PyList { 1, 0 }),
        [EnvironRequiredWsgiUrlScheme.Id] = Env(e => e.Remove("wsgi.url_scheme")),
        [EnvironWsgiUrlSchemeValue.Id] = Env(e => e["wsgi.url_scheme"] = "ftp"),
        [EnvironRequiredWsgiInput.Id] = Env(e => e.Remove("wsgi.input")),
        [EnvironRequiredWsgiErrors.Id] = Env(e => e.Remove("wsgi.errors")),
        [EnvironRequiredWsgiMultithread.Id] = Env(e => e.Remove("wsgi.multithread")),
        [EnvironRequiredWsgiMultiprocess.Id] = Env(e => e.Remove("wsgi.multiprocess")),
        [EnvironRequiredWsgiRunOnce.Id] = Env(e => e.Remove("wsgi.run_once")),
        [InputMethods.Id] = Env(e => e["wsgi.input"] = new PyOpaque("ReadOnly", "<ReadOnly object>", ["read"])),
        [ErrorsMethods.Id] = Env(e => e["wsgi.errors"] = new PyOpaque("WriteOnly", "<WriteOnly object>", ["write"])),

        // wsgi.input, read by an app that breaks no input rule.
        [InputReturnsBytes.Id] = Input(b => new ScriptedInput(b) { ReturnsStr = true }, () => new Echo()),
        [InputReadAtMostSize.Id] = Input(b => new ScriptedInput(b) { IgnoreSize = true }, () => new Echo(blockSize: 2)),
        [InputEofAtContentLength.Id] = Input(b => new BytesInput(b.Concat(Encoding.ASCII.GetBytes(" and more")).ToArray()), ReadOnce),
        [InputReadExhaustedEmpty.Id] = Input(b => new ScriptedInput(b) { EmptyFirst = true }, ReadTwice),

        // start_response and the result.
        [StartResponseReturnsWrite.Id] = new(new GatewayFaults { StartResponseReturnsNone = true }),
        [StartResponseExcInfoRaiseIfSent.Id] = new(new GatewayFaults { SwallowExcInfoAfterHeaders = true }, FailAfterHeaders),
        [IterableCloseCalled.Id] = new(new GatewayFaults { SkipClose = true }, () => new Streaming(3)),
        [IterableCloseOnError.Id] = new(new GatewayFaults { SkipCloseOnError = true }, FailingBody),
        [IterableNoUseAfterClose.Id] = new(new GatewayFaults { UseAfterClose = true }),
        [IterableSinglePass.Id] = new(new GatewayFaults { IterateTwice = true }),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Server doubles for the reaction rules (<see cref="Judging.Coverage.ReactionRuleIds"/>): each
    /// shows its rule together with the app mistake that provokes it.</summary>
    public static FrozenDictionary<string, BrokenServer> Reactions { get; } = new Dictionary<string, BrokenServer>
    {
        [StartResponseCheckAtCall.Id] = new(new GatewayFaults { NoCheckAtCall = true }, BrokenApps.ByRuleId[StartResponseStatusFormat.Id].Create),
        [StartResponseHopByHopFatal.Id] = new(new GatewayFaults { NoCheckAtCall = true }, BrokenApps.ByRuleId[StartResponseHeadersNoHopByHop.Id].Create),
        [StartResponseRepeatWithoutExcInfo.Id] = new(new GatewayFaults { AllowRepeatWithoutExcInfo = true }, BrokenApps.ByRuleId[StartResponseAppOnceWithoutExcInfo.Id].Create),
        [InputReadlineSize.Id] = new(new GatewayFaults { Input = b => new ScriptedInput(b) { IgnoreSize = true } }, ReadLineOfThree, WsgiRequest.Post("/", Encoding.ASCII.GetBytes("hello\n"))),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static BrokenServer Env(Action<PyDict> edit) => new(new GatewayFaults { EditEnviron = edit });

    private static BrokenServer Input(Func<byte[], WsgiInput> input, Func<object?> app) =>
        new(new GatewayFaults { Input = input }, app, WsgiRequest.Post("/", Hello));

    private static PyDictSubclass AsOrderedDict(PyDict environ)
    {
        var ordered = new PyDictSubclass("OrderedDict");
        foreach (var (key, value) in environ)
        {
            ordered[key] = value;
        }

        return ordered;
    }

    private static PyList Text() => WsgiApplication.Headers(("Content-Type", "text/plain"));

    // read(8192) once: a legal call when CONTENT_LENGTH is 5, so only the server can overrun.
    private static WsgiApplication ReadOnce() => WsgiApplication.From("read-once", (environ, startResponse) =>
    {
        object? data = ((WsgiInput)environ["wsgi.input"]!).Read(8192);
        startResponse.Call("200 OK", Text());
        return new PyList { data as byte[] ?? [] };
    });

    // read(5) twice: the first answer (b'') comes before CONTENT_LENGTH bytes, so a second try is legal.
    private static WsgiApplication ReadTwice() => WsgiApplication.From("read-twice", (environ, startResponse) =>
    {
        var input = (WsgiInput)environ["wsgi.input"]!;
        object? first = input.Read(5);
        object? second = input.Read(5);
        startResponse.Call("200 OK", Text());
        return new PyList { first as byte[] ?? [], second as byte[] ?? [] };
    });

    private static WsgiApplication ReadLineOfThree() => WsgiApplication.From("readline-3", (environ, startResponse) =>
    {
        object? line = ((WsgiInput)environ["wsgi.input"]!).ReadLine(3);
        startResponse.Call("200 OK", Text());
        return new PyList { line as byte[] ?? [] };
    });

    private static WsgiApplication FailingBody() => WsgiApplication.From("failing-body", (environ, startResponse) =>
    {
        startResponse.Call("200 OK", Text());
        return new ClosableBody([Hello], raiseAtEnd: true);
    });

    // A correct error handler that fails after the headers went out: start_response(exc_info) must re-raise.
    private static WsgiApplication FailAfterHeaders() => WsgiApplication.From("fail-after-headers", (environ, startResponse) => FailAfterHeadersBody(startResponse));

    private static IEnumerable FailAfterHeadersBody(PyCallable startResponse)
    {
        startResponse.Call("200 OK", Text());
        yield return Hello;
        try
        {
            throw new InvalidOperationException("failed after the headers were sent");
        }
        catch (InvalidOperationException e)
        {
            startResponse.Call("500 Internal Server Error", Text(), ExcInfo.From(e));
        }
    }
}
