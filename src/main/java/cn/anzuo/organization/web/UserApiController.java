package cn.anzuo.organization.web;

import cn.anzuo.organization.Organization;
import cn.anzuo.organization.UserView;
import cn.anzuo.organization.domain.UserAdministration;
import cn.anzuo.organization.domain.UserAdministration.CreateUser;
import cn.anzuo.shared.security.CurrentUser;
import cn.anzuo.shared.security.Role;
import cn.anzuo.shared.web.PageRequestParams;
import cn.anzuo.shared.web.PageResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/users")
@Tag(name = "Organisation")
class UserApiController {

    private final Organization organization;
    private final UserAdministration administration;

    UserApiController(Organization organization, UserAdministration administration) {
        this.organization = organization;
        this.administration = administration;
    }

    record UserRequest(
            @NotBlank @Size(min = 2, max = 64) @Pattern(regexp = "[A-Za-z0-9._-]+") String username,
            @NotBlank @Size(min = 8, max = 200) String password,
            @NotBlank @Size(max = 100) String displayName,
            @NotNull UUID companyId,
            @NotEmpty Set<Role> roles,
            UUID workerId,
            @Email @Size(max = 200) String email) {

        CreateUser toCommand() {
            return new CreateUser(username.trim(), password, displayName.trim(), companyId, roles, workerId, email);
        }
    }

    record UserResponse(UUID id, String username, String displayName, UUID companyId, Set<String> roles, UUID workerId) {
        static UserResponse of(UserView user) {
            Set<String> roles = new TreeSet<>();
            user.roles().forEach(r -> roles.add(r.name()));
            return new UserResponse(user.id(), user.username(), user.displayName(), user.companyId(), roles, user.workerId());
        }
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('COMPANY_ADMIN', 'GROUP_ADMIN')")
    @Operation(summary = "Create a user", description = "Password ≥ 8 characters; 409 USERNAME_TAKEN")
    UserResponse create(CurrentUser user, @Valid @RequestBody UserRequest request) {
        return UserResponse.of(administration.create(user, request.toCommand()));
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('COMPANY_ADMIN', 'GROUP_ADMIN', 'AUDITOR', 'SAFETY_OFFICER')")
    PageResult<UserResponse> list(
            CurrentUser user,
            @RequestParam(required = false) UUID companyId,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        UUID company = organization.companyOrOwn(user, companyId);
        return PageResult.of(administration.search(Set.of(company), q), PageRequestParams.of(page, size))
                .map(UserResponse::of);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('COMPANY_ADMIN', 'GROUP_ADMIN', 'AUDITOR', 'SAFETY_OFFICER')")
    UserResponse get(CurrentUser user, @PathVariable UUID id) {
        return UserResponse.of(administration.visible(user, id));
    }
}
