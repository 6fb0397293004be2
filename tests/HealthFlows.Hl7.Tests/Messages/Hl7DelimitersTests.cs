namespace HealthFlows.Hl7.Tests.Messages;

public sealed class Hl7DelimitersTests
{
    [Fact]
    public void TryCreate_StandardSet_MatchesDefault()
    {
        Assert.True(Hl7Delimiters.TryCreate('|', "^~\\&", out var delimiters, out _));
        Assert.Equal(Hl7Delimiters.Default, delimiters);
        Assert.Equal("^~\\&", delimiters.EncodingCharacters);
    }

    [Theory]
    [InlineData('|', "^^~\\")]
    [InlineData('|', "^|~\\")]
    [InlineData('A', "^~\\&")]
    [InlineData('|', "^~\\&#!")]
    [InlineData('|', "")]
    [InlineData('|', "^ ~")]
    [InlineData('|', "^1~")]
    public void TryCreate_InvalidSet_ExplainsWhy(char field, string encoding)
    {
        Assert.False(Hl7Delimiters.TryCreate(field, encoding, out _, out var error));
        Assert.False(string.IsNullOrEmpty(error));
    }

    [Fact]
    public void TryCreate_TwoCharacters_HasNoEscapeOrSubcomponent()
    {
        Assert.True(Hl7Delimiters.TryCreate('|', "^~", out var delimiters, out _));
        Assert.Null(delimiters.Escape);
        Assert.Null(delimiters.Subcomponent);
    }
}
