export {default} from 'fast-string-width';
