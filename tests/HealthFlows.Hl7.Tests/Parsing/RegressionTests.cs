namespace HealthFlows.Hl7.Tests.Parsing;

/// <summary>Inputs that once broke the parser, each kept so the bug stays fixed.</summary>
public sealed class RegressionTests
{
    [Theory]
    [InlineData("MSH|^~\\&|A|B|C|D|1||ADT^A01|1|P|2.5\rMSH")]
    [InlineData("MSH|^~\\&|A|B|C|D|1||ADT^A01|1|P|2.5\rMSH\r")]
    [InlineData("MSH|^~\\&|A|B|C|D|1||ADT^A01|1|P|2.5\rBHS")]
    public void ReadEverything_HeaderNamedSegmentWithoutFields_DoesNotReadPastTheSegment(string input)
    {
        var result = Hl7Parser.Parse(input);

        ParserPropertyTests.ReadEverything(result);
        Assert.Equal(string.Empty, result.Message![1].GetValue(1));
    }

    [Theory]
    [InlineData("MSH|^~\\&|A|B|C|D|1||ADT^A01|1|P|2.5\rD#|1")]
    [InlineData("MSH|^~\\&|A|B|C|D|1||ADT^A01|1|P|2.5\r~")]
    [InlineData("MSH|^~\\&|A|B|C|D|1||ADT^A01|1|P|2.5\r\u00ff\u00fe|x")]
    [InlineData("MSH|^~\\&|R\"MR\\\rMSH|^X#\r")]
    public void BuilderFrom_FlaggedSegmentName_CopiesItVerbatim(string input)
    {
        var message = Hl7Parser.Parse(input).Message!;

        Assert.Equal(Hl7Writer.Write(message), Hl7MessageBuilder.From(message).Write());
    }
}
