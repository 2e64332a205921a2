namespace Responsibility.Api.Pages.Admin;

using Mediator;
using Responsibility.Api.Auth;
using Responsibility.Api.Common;

/// <summary>
/// The admin pages' reads are open to the whole brigade through the API; the pages themselves are for its Admin.
/// The same <see cref="AccessPolicy"/> decides, and every change still goes through a request that checks again.
/// </summary>
public static class AdminAccess
{
    public static async Task<Caller> Require(ISender sender, string brigadeId)
    {
        var caller = await sender.Send(new GetMe());
        // Another brigade (or a detachment's account outside its brigades) finds it missing (404), as the API answers.
        return PermissionCheck.Known(caller, brigadeId) && AccessPolicy.CanReadBrigade(caller, brigadeId, BrigadeAction.Administer)
            ? caller
            : throw new ForbiddenException("只有本大队的管理员可以进入管理页面。");
    }
}
