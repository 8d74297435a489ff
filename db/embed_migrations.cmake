# Writes OUT, a C++ source holding every migration in MIGRATIONS_DIR as
# {version, name, sql}, ordered by file name (NNNN_name.sql).
file(GLOB files "${MIGRATIONS_DIR}/*.sql")
list(SORT files)
set(body "")
foreach(f IN LISTS files)
  get_filename_component(name "${f}" NAME_WE)
  string(REGEX MATCH "^[0-9]+" version "${name}")
  math(EXPR version "${version} + 0")
  file(READ "${f}" sql)
  string(APPEND body "    {${version}, \"${name}\", R\"kitap_sql(${sql})kitap_sql\"},\n")
endforeach()
file(WRITE "${OUT}.tmp" "// Generated from db/migrations/*.sql by embed_migrations.cmake.
#include \"db/migrations.h\"

namespace kitap::db {

const std::vector<Migration>& Migrations() {
  static const std::vector<Migration> kMigrations = {
${body}  };
  return kMigrations;
}

}  // namespace kitap::db
")
file(COPY_FILE "${OUT}.tmp" "${OUT}" ONLY_IF_DIFFERENT)
