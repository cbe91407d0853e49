using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DockingGraph.Storage.Migrations.PostgreSQL
{
    /// <summary>
    /// Source JSON is most of what an import writes (about 60 KB per detailed event), and
    /// PostgreSQL's default compression (pglz) made writing it the slowest part of an import;
    /// lz4 writes it about three times as fast. A server built without lz4 (or older than 14)
    /// keeps pglz: the statement is tried, and its failure only noted.
    /// </summary>
    public partial class SourceJsonCompressedWithLz4 : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DO $$
                BEGIN
                    EXECUTE 'ALTER TABLE "SourceDocuments" ALTER COLUMN "Json" SET COMPRESSION lz4';
                EXCEPTION WHEN OTHERS THEN
                    RAISE NOTICE 'SourceDocuments.Json keeps the default compression: %', SQLERRM;
                END
                $$;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""ALTER TABLE "SourceDocuments" ALTER COLUMN "Json" SET COMPRESSION default""");
        }
    }
}
