"""Staff logins and roles (issue 13): ``core`` for users, PINs and permissions,
``session`` for who is signed in.  The setup wizard calls
``create_owner(name, pin) -> recovery_code``."""

from vipdesk.model.access.core import (
    CLERK,
    DELETE,
    FULL_PHONES,
    IMPORT,
    MANAGER,
    MERGE,
    OWNER,
    PERMISSIONS,
    REDEEM_LARGE,
    RESTORE,
    ROLES,
    SETTINGS_PERM,
    STORED_VALUE_ADJUST,
    AccessDenied,
    AccessLocked,
    User,
    add_user,
    authenticate,
    can,
    change_pin,
    create_owner,
    established,
    has_owner,
    has_users,
    locked,
    permission_table,
    recover,
    redeem_permission,
    require,
    set_permission_table,
    users,
)
from vipdesk.model.access.session import current, current_name, current_staff_id, sign_in, sign_out

__all__ = [
    "CLERK", "DELETE", "FULL_PHONES", "IMPORT", "MANAGER", "MERGE", "OWNER", "PERMISSIONS", "REDEEM_LARGE",
    "RESTORE", "ROLES", "SETTINGS_PERM", "STORED_VALUE_ADJUST", "AccessDenied", "AccessLocked", "User",
    "add_user", "authenticate", "can", "change_pin", "create_owner", "current", "current_name",
    "current_staff_id", "established", "has_owner", "has_users", "locked", "permission_table", "recover",
    "redeem_permission", "require", "set_permission_table", "sign_in", "sign_out", "users",
]
