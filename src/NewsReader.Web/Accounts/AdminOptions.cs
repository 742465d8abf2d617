namespace NewsReader.Web.Accounts;

/// <summary>
/// Who may write (configuration section <see cref="Section"/>). There is no default password: until a hash is
/// configured (`hash-password` makes one), nobody can sign in and the store can only be read.
/// </summary>
public sealed class AdminOptions
{
    public const string Section = "Admin";

    /// <summary>The administrator's password hash (<see cref="AdminPassword"/>), e.g. from Admin__PasswordHash.</summary>
    public string? PasswordHash { get; set; }

    public bool IsConfigured => AdminPassword.IsWellFormed(PasswordHash);
}
