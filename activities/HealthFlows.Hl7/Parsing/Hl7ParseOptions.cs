using System.Text;

namespace HealthFlows.Hl7;

/// <summary>Settings for <see cref="Hl7Parser"/>.</summary>
public sealed record Hl7ParseOptions
{
    /// <summary>The options used when none are given.</summary>
    public static Hl7ParseOptions Default { get; } = new();

    /// <summary>How bytes are decoded when MSH-18 is empty. Default UTF-8, which reads ASCII unchanged.</summary>
    public Encoding DefaultEncoding { get; init; } = Hl7Charsets.Utf8;

    /// <summary>Inputs longer than this (in bytes, or characters for text) are refused with <see cref="Hl7ParseErrorCode.TooLarge"/>. Default 64 MiB.</summary>
    public int MaxLength { get; init; } = 64 * 1024 * 1024;

    /// <summary>What reading a value does with formatting escapes such as <c>\.br\</c>. Default <see cref="Hl7FormattingEscapes.Keep"/>.</summary>
    public Hl7FormattingEscapes FormattingEscapes { get; init; } = Hl7FormattingEscapes.Keep;

    /// <summary>Whether MSH-9 and MSH-10 are required. Default true, as the standard says.</summary>
    public bool RequireTypeAndControlId { get; init; } = true;
}
