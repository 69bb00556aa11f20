package cn.anzuo.support;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Calls the API as a named user with a real bearer token, the way a phone app does. */
public class ApiClient {

    public static final String DEMO_PASSWORD = "anzuo-demo";

    private final MockMvc mvc;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    public ApiClient(MockMvc mvc) {
        this.mvc = mvc;
    }

    public String token(String username) {
        return token(username, DEMO_PASSWORD);
    }

    public String token(String username, String password) {
        return tokens.computeIfAbsent(username, u -> {
            try {
                String body = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/auth/token")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"username\":\"%s\",\"password\":\"%s\"}".formatted(u, password)))
                        .andReturn().getResponse().getContentAsString();
                return JsonPath.read(body, "$.token");
            } catch (Exception e) {
                throw new IllegalStateException("could not sign in as " + u, e);
            }
        });
    }

    public ResultActions get(String user, String path, Object... vars) throws Exception {
        return mvc.perform(as(user, org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path, vars)));
    }

    public ResultActions post(String user, String path, String json, Object... vars) throws Exception {
        return mvc.perform(as(user, org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path, vars))
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    public ResultActions delete(String user, String path, Object... vars) throws Exception {
        return mvc.perform(as(user, org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete(path, vars)));
    }

    public ResultActions put(String user, String path, String json, Object... vars) throws Exception {
        return mvc.perform(as(user, org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(path, vars))
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    public ResultActions patch(String user, String path, String json, Object... vars) throws Exception {
        return mvc.perform(as(user, org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch(path, vars))
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    /** A multipart upload with one part named {@code file}, as a browser's file input sends it. */
    public ResultActions upload(String user, String path, String fileName, byte[] content, Object... vars)
            throws Exception {
        org.springframework.mock.web.MockMultipartFile file = new org.springframework.mock.web.MockMultipartFile(
                "file", fileName, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", content);
        var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(path, vars).file(file);
        if (user != null) {
            request.header("Authorization", "Bearer " + token(user));
        }
        return mvc.perform(request);
    }

    public MockMvc mvc() {
        return mvc;
    }

    /** The value at a JSON path of a response. */
    public static <T> T read(ResultActions result, String path) throws Exception {
        return JsonPath.read(result.andReturn().getResponse().getContentAsString(), path);
    }

    /**
     * The ids of a JSON array answered page after page: each page's {@code X-Next-Cursor} header is sent back as
     * {@code after} until a page has none. {@code url} has a query already (e.g. {@code ?size=7}).
     */
    public List<String> idsOfEveryPage(String user, String url) throws Exception {
        return valuesOfEveryPage(user, url, "$[*].id");
    }

    /** The values at a JSON path of every page, as {@link #idsOfEveryPage} walks them. */
    public <T> List<T> valuesOfEveryPage(String user, String url, String path) throws Exception {
        List<T> values = new ArrayList<>();
        String next = url;
        while (next != null) {
            MockHttpServletResponse response = get(user, next).andExpect(status().isOk()).andReturn().getResponse();
            values.addAll(JsonPath.<List<T>>read(response.getContentAsString(), path));
            String cursor = response.getHeader("X-Next-Cursor");
            next = cursor == null ? null : url + "&after=" + cursor;
        }
        return values;
    }

    private MockHttpServletRequestBuilder as(String user, MockHttpServletRequestBuilder request) {
        if (user != null) {
            request.header("Authorization", "Bearer " + token(user));
        }
        return request;
    }

}
