import TableCell, { TableCellProps } from '@material-ui/core/TableCell';

/**
 * A table header cell that wraps only between words: the Backstage theme lets cells break inside words,
 * which turns narrow headers such as "Failed" into "Faile / d".
 *
 * @internal
 */
export function HeaderCell({ style, ...props }: TableCellProps) {
  return (
    <TableCell
      {...props}
      style={{ wordBreak: 'normal', overflowWrap: 'normal', ...style }}
    />
  );
}
