import SvgIcon, { SvgIconProps } from '@material-ui/core/SvgIcon';

/**
 * Stackscore's icon: three rising bars for bronze, silver and gold.
 *
 * @public
 */
export function StackscoreIcon(props: SvgIconProps) {
  return (
    <SvgIcon {...props} viewBox="0 0 24 24">
      <path d="M3 15h5v6H3zM9.5 9h5v12h-5zM16 3h5v18h-5z" />
    </SvgIcon>
  );
}
