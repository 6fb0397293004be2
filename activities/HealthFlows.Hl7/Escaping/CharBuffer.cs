using System.Buffers;
using System.Text;

namespace HealthFlows.Hl7;

/// <summary>A growable character buffer rented from the shared pool, for building one decoded value.</summary>
internal ref struct CharBuffer
{
    private char[] _chars;
    private int _length;

    public CharBuffer(int capacity)
    {
        _chars = ArrayPool<char>.Shared.Rent(Math.Max(capacity, 16));
        _length = 0;
    }

    public void Append(char c)
    {
        Ensure(1);
        _chars[_length++] = c;
    }

    public void Append(char c, int count)
    {
        Ensure(count);
        _chars.AsSpan(_length, count).Fill(c);
        _length += count;
    }

    public void AppendDecoded(ReadOnlySpan<byte> bytes, Encoding encoding)
    {
        if (bytes.IsEmpty) return;
        Ensure(encoding.GetMaxCharCount(bytes.Length));
        _length += encoding.GetChars(bytes, _chars.AsSpan(_length));
    }

    public override readonly string ToString() => new(_chars, 0, _length);

    public void Dispose()
    {
        ArrayPool<char>.Shared.Return(_chars);
        _chars = [];
    }

    private void Ensure(int extra)
    {
        if (_length + extra <= _chars.Length) return;
        var bigger = ArrayPool<char>.Shared.Rent(Math.Max(_chars.Length * 2, _length + extra));
        _chars.AsSpan(0, _length).CopyTo(bigger);
        ArrayPool<char>.Shared.Return(_chars);
        _chars = bigger;
    }
}
