using System.Collections;
using Wsgi.Python;

namespace Wsgi.Validator.Tests.Properties;

/// <summary>An app that performs an <see cref="Interaction"/>, with at most one <see cref="Mutation"/>.</summary>
internal sealed class InteractionApp(Interaction i, Mutation? mutation) : WsgiApplication
{
    protected override object? Call(PyDict environ, PyCallable startResponse)
    {
        ReadBody(environ);
        if (mutation == Mutation.NeverStart)
        {
            return new PyList();
        }

        if (mutation == Mutation.YieldBeforeStart)
        {
            return Body(environ, startResponse, 0, yieldFirst: true);
        }

        if (i.StartInGenerator)
        {
            return Wrap(Body(environ, startResponse, 0, yieldFirst: false), ItemCount(0));
        }

        object? write = Start(startResponse);
        for (int k = 0; k < i.WriteCount; k++)
        {
            ((PyCallable)write!).Call(i.Chunks[k]);
        }

        if (mutation == Mutation.WriteStr)
        {
            ((PyCallable)write!).Call("not bytes");
        }

        return Wrap(Items(i.WriteCount), ItemCount(i.WriteCount));
    }

    private void ReadBody(PyDict environ)
    {
        var input = (WsgiInput)environ["wsgi.input"]!;
        int remaining = environ.Get("CONTENT_LENGTH") is string cl && cl.Length > 0 ? int.Parse(cl, System.Globalization.CultureInfo.InvariantCulture) : 0;
        while (remaining > 0)
        {
            var chunk = (byte[])input.Read(Math.Min(i.ReadSize, remaining))!;
            remaining -= chunk.Length;
            if (chunk.Length == 0)
            {
                break;
            }
        }
    }

    private object? Start(PyCallable startResponse)
    {
        PyList headers = i.HeaderList();
        object? status = $"{i.Status} {i.Reason}";
        object? headerArg = headers;
        switch (mutation)
        {
            case Mutation.StatusBytes: status = System.Text.Encoding.Latin1.GetBytes((string)status); break;
            case Mutation.StatusNoSpace: status = $"{i.Status}{i.Reason}"; break;
            case Mutation.StatusControlChar: status = $"{i.Status} {i.Reason}\u0001"; break;
            case Mutation.HeaderNameSpace: headers.Add(new PyTuple("Bad Name", "x")); break;
            case Mutation.HeaderValueNewline: headers.Add(new PyTuple("X-Injected", "a\r\nSet-Cookie: b")); break;
            case Mutation.HeaderValueNotLatin1: headers.Add(new PyTuple("X-Price", "\u20ac5")); break;
            case Mutation.HeadersAsTuple: headerArg = new PyTuple([.. headers]); break;
            case Mutation.HeaderPairAsList: headers.Add(new PyList { "X-Pair", "list" }); break;
            case Mutation.ContentLengthOff: headers.Add(new PyTuple("Content-Length", (i.BodyLength + 1).ToString(System.Globalization.CultureInfo.InvariantCulture))); break;
        }

        object? write = startResponse.Call(status, headerArg);
        if (mutation == Mutation.ExcInfoList)
        {
            write = startResponse.Call(status, i.HeaderList(), new PyList { "not", "exc_info", "tuple" });
        }

        return write;
    }

    private IEnumerable Body(PyDict environ, PyCallable startResponse, int from, bool yieldFirst)
    {
        if (yieldFirst)
        {
            yield return i.Chunks.FirstOrDefault(c => c.Length > 0) ?? "x"u8.ToArray();
        }

        Start(startResponse);
        foreach (object? item in Items(from))
        {
            yield return item;
        }
    }

    private IEnumerable<object?> Items(int from)
    {
        for (int k = from; k < i.Chunks.Count; k++)
        {
            yield return i.Chunks[k];
        }

        if (mutation == Mutation.ItemStr)
        {
            yield return "a str, not bytes";
        }
    }

    private int ItemCount(int from) => i.Chunks.Count - from + (mutation == Mutation.ItemStr ? 1 : 0);

    private object Wrap(IEnumerable items, int count) => i.Shape switch
    {
        ResultShape.List => new PyList(items.Cast<object?>()),
        ResultShape.Generator => items,
        ResultShape.Closable => new ClosableResult(items),
        _ => new ClosableLenResult(items, count + (mutation == Mutation.LenWrong ? 1 : 0)),
    };

    private class ClosableResult(IEnumerable items) : IEnumerable, IPyClosable
    {
        public IEnumerator GetEnumerator() => items.GetEnumerator();

        public void Close()
        {
        }
    }

    private sealed class ClosableLenResult(IEnumerable items, int length) : ClosableResult(items), IPyLen
    {
        public int Len() => length;
    }
}
