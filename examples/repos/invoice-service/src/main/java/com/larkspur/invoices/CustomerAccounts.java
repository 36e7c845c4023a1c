package com.larkspur.invoices;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/** Portal accounts; password hashes are produced by the configured PasswordEncoder. */
@Service
class CustomerAccounts implements UserDetailsService {

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;

    CustomerAccounts(JdbcClient jdbc, PasswordEncoder encoder) {
        this.jdbc = jdbc;
        this.encoder = encoder;
    }

    void register(String email, String rawPassword) {
        jdbc.sql("INSERT INTO portal_accounts (email, password_hash) VALUES (?, ?)")
                .params(email, encoder.encode(rawPassword))
                .update();
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        return jdbc.sql("SELECT email, password_hash FROM portal_accounts WHERE email = ?")
                .param(email)
                .query((rs, n) -> User.withUsername(rs.getString(1)).password(rs.getString(2)).roles("CUSTOMER").build())
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException(email));
    }
}
