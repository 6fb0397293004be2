using HealthFlows.Server.Apis.Contracts;

namespace HealthFlows.Server.Security;

/// <summary>What a user name, a password and a role list must look like; each check adds a field problem.</summary>
public static class AccountRules
{
    public const int MaxUserNameLength = 128;

    public const int MaxPasswordLength = 256;

    public static string Normalize(string userName) => userName.Trim().ToUpperInvariant();

    public static void CheckUserName(string? userName, List<FieldError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (string.IsNullOrWhiteSpace(userName))
        {
            errors.Add(new("userName", "A user name is required."));
        }
        else if (userName.Trim().Length > MaxUserNameLength || !userName.Trim().All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-' or '@'))
        {
            errors.Add(new("userName", $"A user name is at most {MaxUserNameLength} letters, digits and . _ - @."));
        }
    }

    public static void CheckPassword(string? password, int minimumLength, List<FieldError> errors, string field = "password")
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (password is null || password.Length < minimumLength || password.Length > MaxPasswordLength)
        {
            errors.Add(new(field, $"A password is {minimumLength} to {MaxPasswordLength} characters long."));
        }
    }

    /// <summary>The roles in canonical spelling, or a problem naming the unknown ones.</summary>
    public static IReadOnlyList<string> CheckRoles(IReadOnlyList<string>? roles, List<FieldError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        roles ??= [];
        var unknown = roles.Where(r => r is null || Roles.Canonical(r) is null).ToList();
        if (unknown.Count > 0)
        {
            errors.Add(new("roles", $"Unknown role(s): {string.Join(", ", unknown.Select(r => $"'{r}'"))}. Roles are {string.Join(", ", Roles.All)}."));
            return [];
        }

        return [.. roles.Select(r => Roles.Canonical(r)!).Distinct(StringComparer.Ordinal)];
    }
}
