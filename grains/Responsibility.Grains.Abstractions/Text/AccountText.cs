namespace Responsibility.Grains.Abstractions.Text;

using Responsibility.Grains.Abstractions.Accounts;

/// <summary>Accounts as people read them, for the pages and the audit trail alike.</summary>
public static class AccountText
{
    public static string RoleName(Role role) => role switch
    {
        Role.Admin => "管理员",
        Role.BrigadeLeader => "大队领导",
        Role.Leader => "班子成员",
        Role.UnitHead => "单位负责人",
        Role.DetachmentAdmin => "支队管理员",
        Role.DetachmentLeader => "支队领导",
        Role.DetachmentViewer => "支队查看人员",
        _ => "查看人员",
    };

    public static string StateName(bool disabled) => disabled ? "已停用" : "正常";
}
