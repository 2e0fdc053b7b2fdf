// Ink treats a set CI variable as 'draw only the last frame'; Parley only draws on a terminal.
export default false;
