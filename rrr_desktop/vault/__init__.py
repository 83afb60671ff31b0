"""The encrypted store: SQLCipher database, key slots, migrations, repositories, audit."""
