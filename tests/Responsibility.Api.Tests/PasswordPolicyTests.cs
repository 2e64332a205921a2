namespace Responsibility.Api.Tests;

using Responsibility.Api.Auth;
using Responsibility.Api.Hosting;

/// <summary>SPEC §3's password policy, case by case, and the system admin's generated password against it.</summary>
public sealed class PasswordPolicyTests
{
    [Theory]
    [InlineData("fazhi", "tea-lamp-river-7")]
    [InlineData("dadui", "demo-zichuan")]
    [InlineData("admin", "admin-pass-2024")]
    [InlineData("zhao", "湖边的灯塔亮了整整三次")]
    [InlineData("viewer", "8f3a91c2d7e4b605")]
    [InlineData("viewer", "tu-mu-k7-!?!")]
    public void StrongPasswordIsAccepted(string username, string password)
    {
        var problem = PasswordPolicy.Check(username, password);

        Assert.Null(problem);
    }

    [Theory]
    [InlineData("fazhi", "short-1", PasswordProblem.TooShort)]
    [InlineData("fazhi", "九个汉字也不够长啊", PasswordProblem.TooShort)]
    [InlineData("zhangsan-01", "zhangsan-01", PasswordProblem.LikeTheUsername)]
    [InlineData("fazhi-office", "Fazhi-Office", PasswordProblem.LikeTheUsername)]
    [InlineData("fazhiban", "fazhiban2024", PasswordProblem.LikeTheUsername)]
    [InlineData("admin", "adminadmin", PasswordProblem.LikeTheUsername)]
    [InlineData("fazhi", "aaaaaaaaaaaa", PasswordProblem.OneRepeatedCharacter)]
    [InlineData("fazhi", "1111111111", PasswordProblem.OneRepeatedCharacter)]
    [InlineData("fazhi", "woaini1314", PasswordProblem.Common)]
    [InlineData("fazhi", "1qaz2wsx3edc", PasswordProblem.Common)]
    [InlineData("fazhi", "zhang123456", PasswordProblem.Common)]
    [InlineData("fazhi", "Password-2024", PasswordProblem.Common)]
    [InlineData("fazhi", "qwertyuiop", PasswordProblem.Common)]
    [InlineData("fazhi", "1234567890", PasswordProblem.Common)]
    [InlineData("fazhi", "2024!Qwerty", PasswordProblem.Common)]
    [InlineData("fazhi", "wang19900101", PasswordProblem.Common)]
    [InlineData("fazhi", "\u3000 \u3000 \u3000 \u3000 \u3000 ", PasswordProblem.TooFewLettersOrDigits)]
    [InlineData("fazhi", " \t \t \t \t \t", PasswordProblem.TooFewLettersOrDigits)]
    [InlineData("fazhi", "!@#$%^&*()", PasswordProblem.TooFewLettersOrDigits)]
    [InlineData("fazhi", "ab-cd-e!?!?", PasswordProblem.TooFewLettersOrDigits)]
    public void WeakPasswordIsRefusedForItsReason(string username, string password, PasswordProblem expected)
    {
        var problem = PasswordPolicy.Check(username, password);

        Assert.Equal(expected, problem);
    }

    [Fact]
    public void PasswordLongerThanTheLimitIsRefused()
    {
        var problem = PasswordPolicy.Check("fazhi", new string('x', 64) + new string('y', 65));

        Assert.Equal(PasswordProblem.TooLong, problem);
    }

    [Fact]
    public void GeneratedSystemAdminPasswordsMeetThePolicy()
    {
        var generated = Enumerable.Range(0, 200).Select(_ => AdminBootstrap.GeneratePassword()).ToArray();

        Assert.All(generated, password => Assert.Null(PasswordPolicy.Check(AdminBootstrap.AdminUsername, password)));
        Assert.Equal(generated.Length, generated.Distinct().Count());
    }
}
