package cn.anzuo.organization.web;

import cn.anzuo.organization.domain.UserAccount;
import cn.anzuo.organization.domain.UserAdministration;
import cn.anzuo.organization.domain.UserAdministration.EditUser;
import cn.anzuo.shared.security.CurrentUser;
import cn.anzuo.shared.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Editing, disabling and password changes of users (issue 10). Users are never deleted (ADR 0041). */
@RestController
@Tag(name = "Organisation")
class UserEditApiController {

    private final UserAdministration administration;

    UserEditApiController(UserAdministration administration) {
        this.administration = administration;
    }

    record EditUserRequest(
            @NotBlank @Size(max = 100) String displayName,
            @NotEmpty Set<Role> roles,
            @Email @Size(max = 200) String email) {

        EditUser toCommand() {
            return new EditUser(displayName, roles, email);
        }
    }

    record NewPasswordRequest(@NotBlank @Size(min = 8, max = 200) String newPassword) {}

    record ChangePasswordRequest(
            @NotBlank String currentPassword,
            @NotBlank @Size(min = 8, max = 200) String newPassword) {}

    record UserStateResponse(UUID id, String username, String displayName, UUID companyId, Set<String> roles,
            UUID workerId, String email, boolean enabled) {
        static UserStateResponse of(UserAccount account) {
            var user = account.view();
            Set<String> roles = new TreeSet<>();
            user.roles().forEach(r -> roles.add(r.name()));
            return new UserStateResponse(user.id(), user.username(), user.displayName(), user.companyId(), roles,
                    user.workerId(), user.email(), account.enabled());
        }
    }

    @PutMapping("/api/v1/users/{id}")
    @PreAuthorize("hasAnyRole('COMPANY_ADMIN', 'GROUP_ADMIN')")
    @Operation(summary = "Edit a user's name, roles and e-mail",
            description = "Username and company stay. 403 ROLE_NOT_GRANTABLE (GROUP_ADMIN by a company admin); "
                    + "a user of a company the caller does not administer → 404")
    UserStateResponse edit(CurrentUser me, @PathVariable UUID id, @Valid @RequestBody EditUserRequest request) {
        return UserStateResponse.of(administration.edit(me, id, request.toCommand()));
    }

    @PatchMapping("/api/v1/users/{id}")
    @PreAuthorize("hasAnyRole('COMPANY_ADMIN', 'GROUP_ADMIN')")
    @Operation(summary = "Disable or re-enable a user",
            description = "{\"enabled\":false}. A disabled user cannot sign in, get a token (401 BAD_CREDENTIALS) "
                    + "or use an earlier token (401). 409 CANNOT_DISABLE_SELF. Users are never deleted.")
    UserStateResponse changeEnabled(CurrentUser me, @PathVariable UUID id, @Valid @RequestBody EnabledRequest request) {
        return UserStateResponse.of(administration.changeEnabled(me, id, request.enabled()));
    }

    @PutMapping("/api/v1/users/{id}/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasAnyRole('COMPANY_ADMIN', 'GROUP_ADMIN')")
    @Operation(summary = "Reset a user's password (administrator)", description = "At least 8 characters → 204")
    void resetPassword(CurrentUser me, @PathVariable UUID id, @Valid @RequestBody NewPasswordRequest request) {
        administration.resetPassword(me, id, request.newPassword());
    }

    @PutMapping("/api/v1/me/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Change one's own password",
            description = "Needs the current password: 422 WRONG_PASSWORD. New password ≥ 8 characters → 204")
    void changeOwnPassword(CurrentUser me, @Valid @RequestBody ChangePasswordRequest request) {
        administration.changeOwnPassword(me, request.currentPassword(), request.newPassword());
    }
}
