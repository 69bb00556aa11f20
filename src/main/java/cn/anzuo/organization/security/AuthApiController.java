package cn.anzuo.organization.security;

import cn.anzuo.shared.problem.ProblemKind;
import cn.anzuo.shared.problem.BusinessProblem;
import cn.anzuo.shared.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Auth")
class AuthApiController {

    private final AuthenticationManager authentication;
    private final TokenService tokens;

    AuthApiController(AuthenticationManager authentication, TokenService tokens) {
        this.authentication = authentication;
        this.tokens = tokens;
    }

    record TokenRequest(@NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 200) String password) {}

    record TokenResponse(String token, String tokenType, Instant expiresAt) {}

    record Me(UUID id, String username, String displayName, UUID companyId, Set<String> roles, UUID workerId) {}

    @PostMapping("/auth/token")
    @Operation(summary = "Exchange username and password for a bearer token",
            description = "401 BAD_CREDENTIALS; after 5 failures in 15 minutes the username is locked for 15 minutes: 429 TOO_MANY_ATTEMPTS")
    TokenResponse token(@Valid @RequestBody TokenRequest request) {
        Authentication result;
        try {
            result = authentication.authenticate(
                    UsernamePasswordAuthenticationToken.unauthenticated(request.username(), request.password()));
        } catch (TooManyAttempts e) {
            throw new BusinessProblem(ProblemKind.TOO_MANY_ATTEMPTS, "TOO_MANY_ATTEMPTS");
        } catch (AuthenticationException e) {
            throw new BusinessProblem(ProblemKind.UNAUTHENTICATED, "BAD_CREDENTIALS");
        }
        CurrentUser user = ((CurrentUser.Holder) result.getPrincipal()).currentUser();
        TokenService.IssuedToken token = tokens.issue(user);
        return new TokenResponse(token.token(), "Bearer", token.expiresAt());
    }

    @GetMapping("/me")
    @Operation(summary = "The signed-in user")
    Me me(CurrentUser user) {
        return new Me(user.id(), user.username(), user.displayName(), user.companyId(),
                user.roles().stream().map(Enum::name).collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new)),
                user.workerId());
    }
}
