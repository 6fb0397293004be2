using System.Text;

namespace HealthFlows.Hl7.Tests.Charsets;

public sealed class Hl7CharsetsTests
{
    [Theory]
    [InlineData("ASCII", 20127)]
    [InlineData("8859/1", 28591)]
    [InlineData("8859/2", 28592)]
    [InlineData("8859/15", 28605)]
    [InlineData("UNICODE UTF-8", 65001)]
    [InlineData(" unicode utf-8 ", 65001)]
    public void TryGetEncoding_KnownNames_MapToCodePages(string name, int codePage)
    {
        Assert.True(Hl7Charsets.TryGetEncoding(name, Hl7Charsets.Utf8, out var encoding));
        Assert.Equal(codePage, encoding.CodePage);
    }

    [Theory]
    [InlineData("UNICODE UTF-16")]
    [InlineData("BIG-5")]
    [InlineData("ISO IR87")]
    public void TryGetEncoding_UnsupportedNames_AreRefused(string name)
    {
        Assert.False(Hl7Charsets.TryGetEncoding(name, Hl7Charsets.Utf8, out _));
    }

    [Fact]
    public void Parse_Latin1Bytes_DecodesByMsh18()
    {
        var bytes = System.Text.Encoding.Latin1.GetBytes("MSH|^~\\&|A|B|C|D|1||ADT^A01|1|P|2.5||||||8859/1\rPID|1||1||M\u00fcller^J\u00f6rg\r");

        var message = Hl7Parser.Parse(bytes).Message!;

        Assert.Equal("M\u00fcller", message.GetValue("PID-5-1"));
        Assert.Equal("8859/1", message.CharacterSet);
    }

    [Fact]
    public void Parse_Utf8Bytes_DecodesByMsh18()
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes("MSH|^~\\&|A|B|C|D|1||ADT^A01|1|P|2.5||||||UNICODE UTF-8\rPID|1||1||\u674e^\u5c0f\u9f99\r");

        var message = Hl7Parser.Parse(bytes).Message!;

        Assert.Equal("\u674e", message.GetValue("PID-5-1"));
        Assert.Equal("\u5c0f\u9f99", message.GetValue("PID-5-2"));
    }

    [Fact]
    public void Parse_UnsupportedCharset_ReportsMsh18AndStillReads()
    {
        var result = Hl7Parser.Parse("MSH|^~\\&|A|B|C|D|1||ADT^A01|1|P|2.5||||||UNICODE UTF-16\r"u8.ToArray());

        var error = Assert.Single(result.Errors);
        Assert.Equal(Hl7ParseErrorCode.UnsupportedCharacterSet, error.Code);
        Assert.Equal(18, error.FieldPosition);
        Assert.Equal("1", result.Message!.ControlId);
    }

    [Fact]
    public void WriteBytes_Latin1Message_WritesLatin1()
    {
        var original = System.Text.Encoding.Latin1.GetBytes("MSH|^~\\&|A|B|C|D|1||ADT^A01|1|P|2.5||||||8859/1\rPID|1||1||Ren\u00e9e\r");

        var written = Hl7Writer.WriteBytes(Hl7Parser.Parse(original).Message!);

        Assert.Equal(original, written);
    }

    [Fact]
    public void WriteBytes_TextInputDeclaringLatin1_EncodesLatin1()
    {
        var message = Hl7Parser.Parse("MSH|^~\\&|A|B|C|D|1||ADT^A01|1|P|2.5||||||8859/1\rPID|1||1||Ren\u00e9e\r").Message!;

        var written = Hl7Writer.WriteBytes(message);

        Assert.Contains((byte)0xE9, written);
        Assert.Equal("Ren\u00e9e", message.GetValue("PID-5"));
    }
}
