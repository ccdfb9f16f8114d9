package eu.reloop.identity;

/** How the account list can be ordered; each maps to a fixed column so no user text reaches SQL. */
public enum AccountSort {
    EMAIL("email"), DISPLAY_NAME("display_name"), CREATED_AT("created_at");

    private final String sqlColumn;

    AccountSort(String sqlColumn) {
        this.sqlColumn = sqlColumn;
    }

    String sqlColumn() {
        return sqlColumn;
    }
}
