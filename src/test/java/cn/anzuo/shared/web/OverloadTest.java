package cn.anzuo.shared.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.anzuo.support.AnzuoTest;
import jakarta.servlet.RequestDispatcher;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Issue 16: past saturation a request that gets no pooled connection is told to come back, not given a 500. */
@AnzuoTest
class OverloadTest {

    @Autowired ProblemHandler handler;
    @Autowired MockMvc context;

    @RestController
    static class ExhaustedPool {

        static final SQLTransientConnectionException TIMED_OUT = new SQLTransientConnectionException(
                "HikariPool-1 - Connection is not available, request timed out after 10000ms.");

        @GetMapping("/api/v1/overload/transaction")
        void transaction() {
            throw new CannotCreateTransactionException("Could not open JDBC Connection for transaction", TIMED_OUT);
        }

        @GetMapping("/api/v1/overload/query")
        void query() {
            throw new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection", TIMED_OUT);
        }

        @GetMapping("/overload/page")
        void page() {
            throw new CannotCreateTransactionException("Could not open JDBC Connection for transaction", TIMED_OUT);
        }
    }

    MockMvc mvc() {
        return MockMvcBuilders.standaloneSetup(new ExhaustedPool()).setControllerAdvice(handler).build();
    }

    @Test
    void no_pooled_connection_in_time_is_503_SERVICE_BUSY_with_retry_after() throws Exception {
        for (String path : new String[] {"/api/v1/overload/transaction", "/api/v1/overload/query"}) {
            mvc().perform(get(path))
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(header().string("Retry-After", "5"))
                    .andExpect(jsonPath("$.code").value("SERVICE_BUSY"));
        }
    }

    @Test
    void a_page_without_a_pooled_connection_is_503_too() throws Exception {
        mvc().perform(get("/overload/page")).andExpect(status().isServiceUnavailable());
    }

    @Test
    void a_filter_that_gets_no_pooled_connection_is_503_SERVICE_BUSY_too() throws Exception {
        // the bearer token's user and the session are read by filters, before any controller: the container's
        // error dispatch answers for them
        context.perform(get("/error")
                        .requestAttr(RequestDispatcher.ERROR_EXCEPTION, new jakarta.servlet.ServletException(
                                new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
                                        ExhaustedPool.TIMED_OUT)))
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/api/v1/permits"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "5"))
                .andExpect(jsonPath("$.code").value("SERVICE_BUSY"));
    }
}
