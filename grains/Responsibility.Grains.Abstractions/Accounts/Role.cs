namespace Responsibility.Grains.Abstractions.Accounts;

/// <summary>
/// SPEC §3. The brigade roles belong to one brigade (an Admin without one is the system administrator); the detachment
/// roles to one 支队, whose brigades they read as a BrigadeLeader (Admin, Leader) or a Viewer (Viewer) would.
/// </summary>
public enum Role
{
    Viewer = 0,
    UnitHead = 1,
    Leader = 2,
    BrigadeLeader = 3,
    Admin = 4,
    DetachmentViewer = 10,
    DetachmentLeader = 11,
    DetachmentAdmin = 12,
}

public static class Roles
{
    public static bool IsDetachmentRole(this Role role) => role is Role.DetachmentViewer or Role.DetachmentLeader or Role.DetachmentAdmin;
}
