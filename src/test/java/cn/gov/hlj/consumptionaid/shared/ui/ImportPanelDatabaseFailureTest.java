package cn.gov.hlj.consumptionaid.shared.ui;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which failures of an import job the panel reports as "the database could not be reached" (the import is to be sent
 * again once it is back) rather than as a server error. The two-instance fault test (it/cluster) shows the message
 * with a real MariaDB stopped in the middle of an import.
 */
class ImportPanelDatabaseFailureTest {

    @Test
    void a_lost_or_refused_connection_anywhere_in_the_chain_is_the_database_being_unavailable() {
        assertThat(ImportPanel.databaseUnavailable(new DataAccessResourceFailureException("gone"))).isTrue();
        assertThat(ImportPanel.databaseUnavailable(new CannotCreateTransactionException("no connection",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available")))).isTrue();
        assertThat(ImportPanel.databaseUnavailable(new TransactionSystemException("Could not commit",
                new RuntimeException(new SQLRecoverableException("Communications link failure"))))).isTrue();
        assertThat(ImportPanel.databaseUnavailable(new IllegalStateException(
                new ConnectException("Connection refused")))).isTrue();
        assertThat(ImportPanel.databaseUnavailable(new JpaSystemException(new RuntimeException(
                new SQLException("Connection is closed", "08003"))))).isTrue();
    }

    @Test
    void a_failed_rollback_after_a_lost_connection_is_the_database_being_unavailable() {
        var rollbackFailed = new TransactionSystemException("Could not roll back JPA transaction",
                new RuntimeException("rollback failed"));
        rollbackFailed.initApplicationException(new DataAccessResourceFailureException("Communications link failure"));
        assertThat(ImportPanel.databaseUnavailable(rollbackFailed)).isTrue();
        // What Spring 7 and Hibernate 7 throw when MariaDB dies in the middle of an import (seen in the cluster test):
        // the rollback on Hikari's closed connection, which hides the communications failure.
        assertThat(ImportPanel.databaseUnavailable(new JpaSystemException(new org.hibernate.TransactionException(
                "Unable to rollback against JDBC Connection", new SQLException("Connection is closed"))))).isTrue();
        assertThat(ImportPanel.databaseUnavailable(new JpaSystemException(new org.hibernate.TransactionException(
                "Transaction not successfully started")))).isFalse();
    }

    @Test
    void other_failures_stay_server_errors() {
        assertThat(ImportPanel.databaseUnavailable(new DataIntegrityViolationException("duplicate"))).isFalse();
        assertThat(ImportPanel.databaseUnavailable(new JpaSystemException(new RuntimeException(
                new SQLException("Data too long"))))).isFalse();
        assertThat(ImportPanel.databaseUnavailable(new NullPointerException())).isFalse();
    }
}
