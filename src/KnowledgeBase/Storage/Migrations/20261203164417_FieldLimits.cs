using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KnowledgeBase.Storage.Migrations
{
    /// <summary>
    /// Records the column lengths of <see cref="KnowledgeBase.Storage.FieldLimits"/> in the model. SQLite stores every
    /// string as TEXT whatever its declared length, so no table changes: the limits are enforced where values come in.
    /// </summary>
    public partial class FieldLimits : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
