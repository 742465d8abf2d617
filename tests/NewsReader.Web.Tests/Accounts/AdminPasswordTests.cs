namespace NewsReader.Web.Accounts;

public sealed class AdminPasswordTests
{
    [Fact]
    public void A_hash_verifies_its_password_and_nothing_else()
    {
        var hash = AdminPassword.Hash("correct horse battery staple", iterations: 1_000);

        hash.Should().StartWith("pbkdf2-sha256$1000$").And.NotContain("correct horse");
        AdminPassword.Verify("correct horse battery staple", hash).Should().BeTrue();
        AdminPassword.Verify("correct horse battery stapl", hash).Should().BeFalse();
        AdminPassword.Verify("", hash).Should().BeFalse();
        AdminPassword.Verify(null, hash).Should().BeFalse();
    }

    [Fact]
    public void Each_hash_has_its_own_salt() =>
        AdminPassword.Hash("same password", 1_000).Should().NotBe(AdminPassword.Hash("same password", 1_000));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("correct horse battery staple")]
    [InlineData("pbkdf2-sha256$0$AAAA$AAAA")]
    [InlineData("pbkdf2-sha256$1000$not base64!$AAAA")]
    [InlineData("md5$1000$AAAA$AAAA")]
    public void A_malformed_hash_matches_no_password(string? stored)
    {
        AdminPassword.IsWellFormed(stored).Should().BeFalse();
        AdminPassword.Verify("correct horse battery staple", stored).Should().BeFalse();
    }
}
